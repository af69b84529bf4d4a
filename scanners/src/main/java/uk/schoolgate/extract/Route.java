package uk.schoolgate.extract;

/** How the inside of an item is read, decided from its content type. */
enum Route {
    /** An attached message: parsed with the gateway's own MessageParser, its parts read in turn. */
    MESSAGE,
    /** An archive walked entry by entry under the extraction limits (zip, jar, 7z, tar, cpio, ar, arj). */
    ARCHIVE,
    /** A single compressed file (gzip, bzip2, xz, ...), unpacked under the same limits as an archive entry. */
    COMPRESSED,
    /** Encrypted as a whole (password-protected OOXML, PGP, S/MIME enveloped data): nothing to read. */
    ENCRYPTED,
    /** A container format the gateway cannot open (cab, disk images): reported, since what it holds is unchecked. */
    UNOPENABLE,
    /** Nothing worth reading as text: pictures, sound, video, fonts, binary programs, unknown bytes. */
    NO_TEXT,
    /** Everything else: text and documents, read by Tika, with embedded objects read in turn. */
    DOCUMENT
}
