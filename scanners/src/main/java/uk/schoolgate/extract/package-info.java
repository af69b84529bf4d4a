/**
 * The extract stage of the pipeline (parse, <b>extract</b>, detect, decide, act): the text of every
 * attachment and of everything inside it, its type by content, and whether it is a program.
 *
 * <p>Entry point: {@link uk.schoolgate.extract.AttachmentExtractor#extract}, which returns an
 * {@link uk.schoolgate.extract.Extraction}: a flat list of
 * {@link uk.schoolgate.extract.ExtractedPart}s (every attachment, archive entry, part of an attached
 * message and embedded object, each container before its contents) and notes on limits that were hit.
 *
 * <p>The limits ({@link uk.schoolgate.config.ExtractionLimits}), and where they are enforced:
 * <ul>
 *   <li><b>maxTotalChars</b>, text kept per message: {@code TextCollector} and {@code MessageReader}
 *       draw on one budget; text beyond it is dropped (the part is marked LIMIT_EXCEEDED, one note),
 *       but reading goes on so that later embedded objects are still checked for programs.</li>
 *   <li><b>maxDepth</b>, nesting: an item at depth d is read; what it holds is read only if d + 1
 *       is within the limit, otherwise the container is marked LIMIT_EXCEEDED. Applies alike to
 *       archives, attached messages and objects embedded in documents (droste.zip, quine.gz).</li>
 *   <li><b>maxArchiveEntries</b>, per container: entries of an archive, parts of an attached
 *       message, embedded objects of a document; the rest are not read (container marked, note).</li>
 *   <li><b>maxExpansionRatio</b>: per entry, bytes inflated against compressed bytes consumed,
 *       measured after every 64 KiB block (header sizes are never trusted); per container, all
 *       bytes unpacked from it against its own size. Both apply beyond 100 KiB ({@code Unpacking}).</li>
 *   <li><b>maxExpandedBytes</b>, bytes unpacked per message from archives, compressed files and
 *       embedded objects, all together; it also bounds the memory a message can take.</li>
 *   <li><b>timeBudget</b>, wall-clock per message: a cooperative deadline checked on every SAX event
 *       and every unpacked block, and a hard timeout ({@code ParseThreads}): the caller stops waiting
 *       at the deadline plus 0.5 s, whatever a parser is doing. Parts not read in time are
 *       TIMED_OUT but still carry their size, type and program check.</li>
 * </ul>
 * Decoders may not claim more than 128 MiB of memory (LZMA dictionaries, LZW tables), and
 * OutOfMemoryError or StackOverflowError inside a parse become an Unreadable of that part.
 *
 * <p>Nothing is written except what Tika spools to {@code java.io.tmpdir} for formats it reads from
 * a file; no OCR and no external programs are run; nothing is fetched from the network. Notes and
 * {@link uk.schoolgate.extract.Unreadable} details name files at most, never their content.
 */
package uk.schoolgate.extract;
