package uk.schoolgate.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a file is a program or a script <em>by its content</em>: the school policy rejects
 * executable attachments (contract flag {@code EXECUTABLE_ATTACHMENT}), and a sender who renames
 * {@code setup.exe} to {@code notes.pdf} must not get past it, while a text file merely named
 * {@code .exe} is not a program. The file name is therefore never an input here.
 *
 * <p>Binary programs are recognised by their headers (PE/MZ, ELF, Mach-O, Java class, Windows
 * shortcut, MSI); Java and Android archives by the media type Tika's zip container detector gives.
 * Scripts are recognised only in text content (never inside PDF or Office files, whose streams may
 * quote script keywords): a shebang line, Windows batch commands, PowerShell, Windows Script Host
 * (VBScript/JScript using WScript or ActiveXObject) and HTML applications.
 *
 * <p>Macro-enabled Office documents (docm, xlsm, pptm...) are treated as documents, not programs:
 * schools exchange macro-enabled spreadsheets (assessment trackers, timetables) routinely, and
 * Office itself blocks macros in files from the internet. Flip
 * {@link #MACRO_DOCUMENTS_ARE_EXECUTABLE} to make them count as executable.
 */
public final class ExecutableSniffer {
    /** Whether docm/xlsm/pptm and other macro-enabled Office documents count as executable. */
    public static final boolean MACRO_DOCUMENTS_ARE_EXECUTABLE = false;

    static final String WINDOWS_PROGRAM = "Windows program";
    static final String WINDOWS_LIBRARY = "Windows library (DLL)";
    static final String DOS_PROGRAM = "DOS program";
    static final String LINUX_PROGRAM = "Linux program";
    static final String MAC_PROGRAM = "macOS program";
    static final String JAVA_PROGRAM = "Java program";
    static final String ANDROID_APP = "Android app";
    static final String WINDOWS_INSTALLER = "Windows installer";
    static final String WINDOWS_SHORTCUT = "Windows shortcut";
    static final String SHELL_SCRIPT = "shell script";
    static final String BATCH_FILE = "Windows batch file";
    static final String POWERSHELL = "PowerShell script";
    static final String WSH_SCRIPT = "Windows Script Host script (VBScript/JScript)";
    static final String HTA = "HTML application (HTA)";
    static final String MACRO_DOCUMENT = "macro-enabled Office document";

    /**
     * Text beyond this is not searched for script signs. Scripts are small; one padded beyond a
     * megabyte to hide is unusual enough, and its text still reaches the detectors.
     */
    private static final int MAX_SCRIPT_SCAN = 1024 * 1024;
    private static final int BINARY_PROBE = 8 * 1024;

    private static final Set<String> JAVA_ARCHIVES = Set.of("application/java-archive", "application/x-java-archive",
            "application/x-tika-java-web-archive", "application/x-tika-java-enterprise-archive");
    private static final Set<String> SCRIPT_MEDIA_TYPES = Set.of("application/javascript", "application/x-javascript",
            "application/ecmascript", "application/x-sh", "application/x-csh", "application/x-bat",
            "application/x-msdos-program", "application/x-powershell", "application/x-perl", "application/x-python",
            "application/x-ruby", "application/x-php", "application/hta", "application/xml", "application/xhtml+xml",
            "application/x-shellscript");

    private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    /** Windows shortcut: header size 0x4C then the ShellLink CLSID 00021401-0000-0000-C000-000000000046. */
    private static final byte[] LNK_MAGIC = {0x4C, 0, 0, 0, 0x01, 0x14, 0x02, 0, 0, 0, 0, 0, (byte) 0xC0, 0, 0, 0, 0, 0,
            0, 0x46};
    /** The tail shared by the MSI (000C1084), MSP (000C1086) and MST (000C1082) root storage CLSIDs. */
    private static final byte[] MSI_CLSID_TAIL = {0x10, 0x0C, 0, 0, 0, 0, 0, (byte) 0xC0, 0, 0, 0, 0, 0, 0, 0x46};

    private static final Pattern SHEBANG = Pattern.compile("\\A#![ \\t]*(/[^\\s]*)[ \\t]*([^\\r\\n]*)");

    /*
     * Script signs. Each is a literal that must occur in the lower-cased text (a fast indexOf) and a
     * pattern confirming it on the original text: running the patterns alone over a megabyte of
     * ordinary text costs a second, the literals a few milliseconds.
     */
    private static final Sign BATCH_FIRST_LINE = new Sign("@", "(?i)\\A\\s*@\\s*(echo\\s+(off|on)|setlocal|rem\\b"
            + "|cls\\b|title\\b|chcp\\b|color\\b|cd\\b|if\\b|set\\b|call\\b|goto\\b|pushd\\b|start\\b|mode\\b|ver\\b)");
    private static final Sign BATCH_ECHO_OFF = new Sign("@echo", "(?im)^[ \\t]*@echo[ \\t]+off\\b");
    private static final Sign[] BATCH_SIGNS = {
            new Sign("setlocal", "(?im)^[ \\t]*setlocal([ \\t]+\\w+)*[ \\t]*$"),
            new Sign("%~", "(?i)%~[a-z]*[0-9]"),
            new Sign("goto", "(?im)^[ \\t]*goto[ \\t]+:?\\w+"),
            new Sign("\n:", "(?m)^:[A-Za-z_]\\w*[ \\t]*$"),
            new Sign("errorlevel", "(?i)%errorlevel%|\\bif[ \\t]+(not[ \\t]+)?errorlevel[ \\t]+\\d"),
            new Sign("rem", "(?im)^[ \\t]*rem[ \\t]"),
            new Sign("::", "(?im)^[ \\t]*::"),
            new Sign("set /", "(?i)\\bset[ \\t]+/[ap][ \\t]"),
            new Sign("call :", "(?i)\\bcall[ \\t]+:\\w"),
            new Sign("cmd", "(?i)\\bcmd(\\.exe)?[ \\t]+/[ck]\\b"),
            new Sign("start \"\"", "(?i)\\bstart[ \\t]+\"\"[ \\t]"),
            new Sign("%", "(?i)%(temp|appdata|userprofile|programdata|systemroot|windir|comspec)%"),
    };

    private static final String[] PS_VERBS = {"get-", "set-", "new-", "remove-", "invoke-", "start-", "stop-", "write-",
            "out-", "import-", "export-", "add-", "test-", "select-", "where-", "foreach-", "copy-", "move-", "convert",
            "register-", "enable-", "disable-", "expand-", "compress-"};
    private static final Pattern PS_CMDLET = Pattern.compile(
            "\\b(Get|Set|New|Remove|Invoke|Start|Stop|Write|Out|Import|Export|Add|Test|Select|Where|ForEach|Copy|Move"
                    + "|Convert|ConvertTo|ConvertFrom|Register|Enable|Disable|Expand|Compress)-[A-Z][A-Za-z]+\\b");
    private static final Sign[] PS_STRONG = {
            new Sign(new String[] {"invoke-", "start-", "set-executionpolicy", "add-type", "get-wmiobject"},
                    "(?i)\\b(Invoke-Expression|Invoke-WebRequest|Invoke-RestMethod|Start-Process"
                    + "|Set-ExecutionPolicy|Add-Type|Get-WmiObject|Invoke-Command|Start-BitsTransfer)\\b"),
            new Sign("iex", "(?i)\\biex[ \\t]*[(\\$]"),
            new Sign("-enc", "(?i)[ \\t]-(enc|encodedcommand)[ \\t]+[A-Za-z0-9+/=]{16,}"),
            new Sign("]::", "(?i)\\[(System\\.)?(Convert|Text\\.Encoding|Reflection\\.Assembly|IO\\.File|Net\\.WebClient"
                    + "|Runtime\\.InteropServices\\.Marshal|Diagnostics\\.Process)\\]::"),
            new Sign("new-object", "(?i)New-Object[ \\t]+(-TypeName[ \\t]+)?(System\\.)?Net\\.WebClient"),
            new Sign("#requires", "(?im)^[ \\t]*#requires[ \\t]+-"),
    };
    private static final Sign[] PS_WEAK = {
            new Sign("param", "(?im)^[ \\t]*param[ \\t]*\\("),
            new Sign("$", "(?i)\\$(env:\\w+|PSScriptRoot|PSVersionTable|ErrorActionPreference|_\\.)"),
            new Sign("$", "(?m)^[ \\t]*\\$[A-Za-z_]\\w*[ \\t]*="),
            new Sign("function", "(?i)\\bfunction[ \\t]+[A-Za-z]+-[A-Za-z]+[ \\t]*[({]"),
    };

    private static final Sign[] WSH = {
            new Sign("wscript.", "(?i)\\bWScript\\.(Shell|Echo|CreateObject|Arguments|Quit|Sleep|ScriptFullName|ScriptName"
                    + "|StdOut|StdIn|Network|Run)\\b"),
            new Sign("createobject", "(?i)\\bCreateObject[ \\t]*\\([ \\t]*\"(WScript\\.|Scripting\\.FileSystemObject"
                    + "|Shell\\.Application|MSXML2\\.|Microsoft\\.XMLHTTP|ADODB\\.Stream|WinHttp\\.)"),
            new Sign("activexobject", "(?i)\\bnew[ \\t]+ActiveXObject[ \\t]*\\("),
            new Sign("<job", "(?i)<[ \\t]*job\\b[^>]*>[\\s\\S]{0,2000}<[ \\t]*script\\b"),
    };
    private static final Sign HTA_TAG = new Sign("hta:application", "(?i)<[ \\t]*HTA:APPLICATION\\b");

    /** Literals of which one must occur in the lower-cased text before the pattern is tried on the original. */
    private record Sign(String[] literals, Pattern pattern) {
        Sign(String literal, String regex) {
            this(new String[] {literal}, Pattern.compile(regex));
        }

        Sign(String[] literals, String regex) {
            this(literals, Pattern.compile(regex));
        }

        boolean in(String text, String lower) {
            return containsAny(lower, literals) && pattern.matcher(text).find();
        }
    }

    private ExecutableSniffer() {
    }

    /**
     * @param content   the file's bytes (a prefix is enough for binary programs; scripts are searched
     *                  in the first MiB)
     * @param mediaType the type Tika found from the same content, without parameters; used only for
     *                  container formats (jar, apk, msi) whose headers alone do not tell
     * @return the kind of program, e.g. "Windows program", or empty when it is not one
     */
    public static Optional<String> kind(byte[] content, String mediaType) {
        if (content == null) {
            return Optional.empty();
        }
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        String binary = binaryProgram(content);
        if (binary != null) {
            return Optional.of(binary);
        }
        String byType = programByMediaType(type);
        if (byType != null) {
            return Optional.of(byType);
        }
        if (isTextual(content, type)) {
            return Optional.ofNullable(script(decode(content)));
        }
        return Optional.empty();
    }

    private static String programByMediaType(String type) {
        if (JAVA_ARCHIVES.contains(type)) {
            return JAVA_PROGRAM;
        }
        if (type.equals("application/vnd.android.package-archive")) {
            return ANDROID_APP;
        }
        if (type.equals("application/x-ms-installer") || type.equals("application/x-msi")) {
            return WINDOWS_INSTALLER;
        }
        if (type.equals("application/x-ms-shortcut")) {
            return WINDOWS_SHORTCUT;
        }
        if (MACRO_DOCUMENTS_ARE_EXECUTABLE && type.contains("macroenabled")) {
            return MACRO_DOCUMENT;
        }
        return null;
    }

    static String binaryProgram(byte[] b) {
        if (startsWith(b, 0, 'M', 'Z')) {
            return dosOrWindows(b);
        }
        if (b.length >= 5 && b[0] == 0x7F && b[1] == 'E' && b[2] == 'L' && b[3] == 'F' && (b[4] == 1 || b[4] == 2)) {
            return LINUX_PROGRAM;
        }
        if (b.length >= 8) {
            int magic = intBigEndian(b, 0);
            if (magic == 0xFEEDFACE || magic == 0xFEEDFACF || magic == 0xCEFAEDFE || magic == 0xCFFAEDFE
                    || magic == 0xCAFEBABF) {
                return MAC_PROGRAM;
            }
            if (magic == 0xCAFEBABE) {
                // Shared by Java classes and universal Mach-O binaries: a class file's major version
                // is 45 or more, a universal binary's architecture count is small.
                int major = ((b[6] & 0xFF) << 8) | (b[7] & 0xFF);
                int archCount = intBigEndian(b, 4);
                if (major >= 45) {
                    return JAVA_PROGRAM;
                }
                return archCount > 0 && archCount < 45 ? MAC_PROGRAM : null;
            }
        }
        if (startsWith(b, 0, LNK_MAGIC)) {
            return WINDOWS_SHORTCUT;
        }
        if (startsWith(b, 0, OLE_MAGIC) && isMsiStorage(b)) {
            return WINDOWS_INSTALLER;
        }
        return null;
    }

    private static String dosOrWindows(byte[] b) {
        if (b.length >= 0x40) {
            long lfanew = intLittleEndian(b, 0x3C) & 0xFFFFFFFFL;
            if (lfanew >= 0x40 && lfanew + 4 <= b.length) {
                int at = (int) lfanew;
                if (b[at] == 'P' && b[at + 1] == 'E' && b[at + 2] == 0 && b[at + 3] == 0) {
                    // IMAGE_FILE_HEADER.Characteristics, bit IMAGE_FILE_DLL
                    int flags = at + 4 + 18;
                    int characteristics = flags + 2 <= b.length ? (b[flags] & 0xFF) | (b[flags + 1] & 0xFF) << 8 : 0;
                    return (characteristics & 0x2000) != 0 ? WINDOWS_LIBRARY : WINDOWS_PROGRAM;
                }
                if (startsWith(b, at, 'N', 'E') || startsWith(b, at, 'L', 'E') || startsWith(b, at, 'L', 'X')) {
                    return WINDOWS_PROGRAM;
                }
            }
        }
        // A plain DOS executable has no signature beyond "MZ"; text that happens to start with "MZ"
        // has no NUL bytes in its header, a real one always does.
        for (int i = 2; i < Math.min(b.length, 0x40); i++) {
            if (b[i] == 0) {
                return b.length >= 0x1C ? DOS_PROGRAM : null;
            }
        }
        return null;
    }

    /** An OLE2 compound file whose root storage carries the MSI/MSP/MST class id. */
    private static boolean isMsiStorage(byte[] b) {
        if (b.length < 0x34) {
            return false;
        }
        int sectorShift = (b[0x1E] & 0xFF) | (b[0x1F] & 0xFF) << 8;
        if (sectorShift < 7 || sectorShift > 16) {
            return false;
        }
        long firstDirSector = intLittleEndian(b, 0x30) & 0xFFFFFFFFL;
        long rootEntry = (firstDirSector + 1) << sectorShift;
        long clsid = rootEntry + 0x50;
        if (clsid + 16 > b.length) {
            return false;
        }
        int first = b[(int) clsid] & 0xFF;
        return (first == 0x84 || first == 0x86 || first == 0x82) && startsWith(b, (int) clsid + 1, MSI_CLSID_TAIL);
    }

    /** Text worth searching for script signs: a text type, a script type, or unknown bytes that read as text. */
    private static boolean isTextual(byte[] b, String type) {
        if (type.startsWith("text/") || SCRIPT_MEDIA_TYPES.contains(type)) {
            return true;
        }
        if (!type.isEmpty() && !type.equals("application/octet-stream")) {
            return false;
        }
        if (hasUtf16Bom(b)) {
            return true;
        }
        for (int i = 0; i < Math.min(b.length, BINARY_PROBE); i++) {
            if (b[i] == 0) {
                return false;
            }
        }
        return b.length > 0;
    }

    static String script(String text) {
        Matcher shebang = SHEBANG.matcher(text);
        if (shebang.lookingAt()) {
            return shebangKind(shebang.group(1), shebang.group(2));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (HTA_TAG.in(text, lower)) {
            return HTA;
        }
        for (Sign sign : WSH) {
            if (sign.in(text, lower)) {
                return WSH_SCRIPT;
            }
        }
        if (isBatch(text, lower)) {
            return BATCH_FILE;
        }
        if (isPowerShell(text, lower)) {
            return POWERSHELL;
        }
        return null;
    }

    private static String shebangKind(String interpreterPath, String rest) {
        String interpreter = interpreterPath.substring(interpreterPath.lastIndexOf('/') + 1);
        if (interpreter.equals("env")) {
            interpreter = "";
            for (String word : rest.trim().split("\\s+")) {
                if (!word.startsWith("-") && !word.contains("=")) {
                    interpreter = word.substring(word.lastIndexOf('/') + 1);
                    break;
                }
            }
        }
        String name = interpreter.toLowerCase(Locale.ROOT).replaceAll("[0-9.]+$", "");
        return switch (name) {
            case "sh", "bash", "dash", "zsh", "ksh", "mksh", "csh", "tcsh", "fish", "ash", "busybox" -> SHELL_SCRIPT;
            case "python", "pypy" -> "Python script";
            case "perl" -> "Perl script";
            case "ruby" -> "Ruby script";
            case "php" -> "PHP script";
            case "node", "nodejs", "deno", "bun" -> "JavaScript (Node.js) script";
            case "pwsh", "powershell" -> POWERSHELL;
            case "" -> "script";
            default -> "script (" + interpreter.replaceAll("[^A-Za-z0-9._+-]", "") + ")";
        };
    }

    private static boolean isBatch(String text, String lower) {
        if (BATCH_FIRST_LINE.in(text, lower) || BATCH_ECHO_OFF.in(text, lower)) {
            return true;
        }
        int signs = 0;
        for (Sign sign : BATCH_SIGNS) {
            if (sign.in(text, lower) && ++signs >= 3) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPowerShell(String text, String lower) {
        int strong = 0;
        for (Sign sign : PS_STRONG) {
            if (sign.in(text, lower)) {
                strong++;
            }
        }
        int cmdletCount = 0;
        if (containsAny(lower, PS_VERBS)) {
            Matcher cmdlets = PS_CMDLET.matcher(text);
            while (cmdletCount < 2 && cmdlets.find()) {
                cmdletCount++;
            }
        }
        int weak = 0;
        for (Sign sign : PS_WEAK) {
            if (sign.in(text, lower)) {
                weak++;
            }
        }
        // One sign alone is too easily met by prose about PowerShell; two independent ones are a script.
        return strong >= 2 || (strong == 1 && (cmdletCount > 0 || weak > 0)) || (cmdletCount >= 2 && weak > 0);
    }

    private static boolean containsAny(String lower, String[] literals) {
        for (String literal : literals) {
            if (lower.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    /** The text of a file, honouring a UTF-16/UTF-8 byte order mark (PowerShell saves UTF-16 by default). */
    static String decode(byte[] b) {
        int length = Math.min(b.length, MAX_SCRIPT_SCAN);
        Charset charset = StandardCharsets.UTF_8;
        int offset = 0;
        if (startsWith(b, 0, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF)) {
            offset = 3;
        } else if (startsWith(b, 0, (byte) 0xFF, (byte) 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            offset = 2;
        } else if (startsWith(b, 0, (byte) 0xFE, (byte) 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            offset = 2;
        }
        if (length <= offset) {
            return "";
        }
        return new String(b, offset, length - offset, charset);
    }

    private static boolean hasUtf16Bom(byte[] b) {
        return startsWith(b, 0, (byte) 0xFF, (byte) 0xFE) || startsWith(b, 0, (byte) 0xFE, (byte) 0xFF);
    }

    private static boolean startsWith(byte[] b, int at, char c1, char c2) {
        return startsWith(b, at, (byte) c1, (byte) c2);
    }

    private static boolean startsWith(byte[] b, int at, byte... prefix) {
        if (at < 0 || at + prefix.length > b.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int intBigEndian(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }

    private static int intLittleEndian(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }
}
