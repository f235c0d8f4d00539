// Package schema is dipgraph's domain: the vocabulary of the knowledge graph
// (namespaces, classes and predicates as IRIs), the stable IRIs of actors,
// events, articles and dates, and the plain types that flow between the other
// packages (Article, Actor, Event, Facts).
//
// It imports only the standard library. Every other package speaks in these
// types: extract produces Facts from an Article, graph stores and queries them.
package schema
