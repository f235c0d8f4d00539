// Package export turns stored events into the files researchers load into
// their own tools: an event table (one row per event and dyad, the shape of
// ICEWS and GDELT event data), an actor network (GraphML and GEXF, for
// Gephi, networkx and igraph) and a TimelineJS document.
//
// It reads the store only through the small Lookup interface (actors and
// article metadata), so it depends on schema alone; the command line hands
// it the events its filters kept.
package export
