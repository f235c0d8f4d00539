// Package graph stores dipgraph's facts as quads in a Cayley graph and answers
// relationship and timeline questions over them.
//
// It is the only package that imports Cayley. A Store is opened on one of
// Cayley's backends (bolt on disk by default, memstore in memory, PostgreSQL)
// and speaks only in schema types: WriteArticles takes schema.Facts, the query
// methods return schema.Actor and schema.Event values.
//
// Every quad extracted from an article carries the article's IRI as its label,
// so an event stated by two articles is one node holding two labelled copies of
// its facts, and retracting one article leaves what the other also states.
//
// Events returned by queries are merged from every article's copy: actor lists,
// topics and Sources (the article IRIs) are sorted sets; single values are the
// ones most articles give; Evidence comes from the first source that has a
// sentence and Confidence is the highest any source gives. Actors likewise take
// the name and role most articles give and every alias.
//
// Because of those per-article copies, a raw Gizmo, GraphQL or MQL query sees
// one edge per article that states it: use Gizmo's Unique() to count things.
//
// Queries start from a selective node (an actor, an event type, a node of the
// date index) and walk its edges; values are filtered in Go, never with a
// value filter over the whole store. A date range is answered through the date
// index: event dg:onDate day/month/year/decade node, day dg:inMonth month,
// month dg:inYear year.
//
// Reads come in batches. On bolt, the nodes a query needs (the events of a
// timeline, the actors of a listing) are read in one bolt transaction straight
// from the buckets Cayley's key-value layer keeps (its quad log and its
// subject-predicate and object-predicate-subject indexes), each distinct value
// decoded once; Cayley's own QuadStore.Quad would spend a transaction and four
// lookups on every quad. On PostgreSQL they are one query over Cayley's quads
// table and one over its nodes table. Path runs a bidirectional search over
// node IDs on bolt and decodes only the path it finds. Memstore (and
// CockroachDB) read through Cayley's interfaces. Open chooses which of the
// three a store uses once (the internal backend interface); only the
// internal package cayleybolt knows the bolt layout, and its test fails if
// Cayley writes it differently.
//
// Before an article's facts are written, persons are resolved (package
// resolve: spelling variants and surnames join the stored person they mean)
// and its meetings and visits join the node another article gave the same
// event under a compatible date; both are recorded in the article's own
// labelled quads, so Retract undoes them.
//
// Writes to PostgreSQL go through Cayley's SQL layer with multi-row INSERTs
// (the same rows, tables and node hashing as Cayley's own one-row-at-a-time
// writes), so a dipgraph PostgreSQL database is an ordinary Cayley one, plus
// one index of quads by label that a writable open adds: Retract and the
// replacement of a changed article delete an article's quads by label in a
// few statements, lowering the reference counts of just those quads' nodes
// (Cayley deletes row by row, then scans the whole nodes table). Cayley's
// own log messages go to the open stores' loggers at debug level.
//
// Two Cayley defects shape the write path (upstream issues #885 and #617): on the
// key-value backends a node that loses and gains quads in one transaction is
// corrupted, so a changed article's old quads are removed in a transaction of
// their own before the new ones are added; and a re-added duplicate quad
// inflates node reference counts, so WriteArticles never re-adds a stored quad.
package graph
