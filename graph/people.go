package graph

import (
	"context"
	"fmt"

	"github.com/dipgraph/dipgraph/resolve"
	"github.com/dipgraph/dipgraph/schema"
)

// personIndex returns the index of every stored person (see resolve.Index),
// read from the store on first use and kept up to date by WriteArticles;
// Retract and Import drop it, to be read again. The caller holds the write
// lock.
func (s *Store) personIndex(ctx context.Context) (*resolve.Index, error) {
	if s.people != nil {
		return s.people, nil
	}
	xs, err := s.subjectsOf(ctx, schema.Type, iri(schema.ClassPerson))
	if err != nil {
		return nil, fmt.Errorf("index persons: %w", err)
	}
	byNode, err := s.nodesQuads(ctx, xs, readOpts{preds: actorPredicates, noLabels: true})
	if err != nil {
		return nil, fmt.Errorf("index persons: %w", err)
	}
	x := resolve.NewIndex()
	for _, p := range xs {
		if a, ok := actorFrom(p, byNode[p]); ok {
			x.AddMentions(a, len(groupProps(byNode[p])[schema.Name])) // one name quad per article
		}
	}
	s.people = x
	return x, nil
}

// resolvePersons resolves the persons of each article, in order, against
// the stored persons and those of the articles before it (see joinVariants
// and joinSurnames), so that what an article joins does not depend on how
// the articles were cut into batches. It returns the facts to write.
func (s *Store) resolvePersons(ctx context.Context, facts []schema.Facts) ([]schema.Facts, error) {
	idx, err := s.personIndex(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]schema.Facts, len(facts))
	for i, f := range facts {
		out[i] = joinSurnames(idx, s.joinVariants(ctx, idx, f))
	}
	return out, nil
}

// joinVariants gives a person an article names by a spelling variant of a
// person idx knows ("George Schultz" for George Shultz, see
// resolve.Variant) that person's node: the article's quads then speak of
// it, the article's own spelling kept as an alias labelled with the
// article, so that retracting the article undoes the merge. The article's
// persons join idx.
func (s *Store) joinVariants(ctx context.Context, idx *resolve.Index, f schema.Facts) schema.Facts {
	remap := map[schema.IRI]schema.Actor{}
	for _, a := range f.Actors {
		if p, ok := idx.VariantOf(a); ok {
			remap[a.IRI] = p
			s.log.DebugContext(ctx, "spelling variant joined", "article", f.Article.ID, "name", a.Name, "person", p.IRI)
			a.IRI, a.Name = p.IRI, p.Name
		}
		idx.Add(a)
	}
	if len(remap) == 0 {
		return f
	}
	return remapActors(f, remap)
}
