// Package ingest reads news articles from files, directories and stdin and
// runs them through the pipeline extract → store.
//
// Read understands plain text, header text (title:/published:/source: lines,
// a blank line, then the body), JSON Lines, JSON (one article object or an
// array of them) and HTML, detected by extension and content or forced with
// ReadOptions.Format. Bad inputs (empty, binary, undecodable, too large,
// broken JSON, HTML without text, symlink loops) are reported one by one as
// *InputError and never stop the batch.
//
// Run extracts facts from the articles of a source in parallel through
// bounded channels, skips articles whose hash is already stored, and writes
// the facts in batches, each article all or nothing. RunFiles is Run over
// Read, counting bad inputs as skipped. ingest declares the small interfaces
// it consumes (Extractor, Store) so that it is tested with fakes; extract and
// graph provide the real implementations.
package ingest
