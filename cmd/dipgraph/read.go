package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/extract/timex"
	"github.com/dipgraph/dipgraph/ingest"
	"github.com/dipgraph/dipgraph/schema"
)

// readFlags are the input options shared by ingest, extract and eval.
type readFlags struct {
	format                                     string
	textField, titleField, dateField, urlField string
	idField, datelineField                     string
	published                                  string
}

func (r *readFlags) add(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&r.format, "input-format", "auto", "input format: auto, text, header, jsonl, json or html")
	f.StringVar(&r.textField, "text-field", "", "JSON Lines field holding the text (default: text, body or content)")
	f.StringVar(&r.titleField, "title-field", "", "JSON Lines field holding the title (default: title or headline)")
	f.StringVar(&r.dateField, "date-field", "", "JSON Lines field holding the publication date (default: published, date or datePublished)")
	f.StringVar(&r.urlField, "url-field", "", "JSON Lines field holding the URL (default: url or link)")
	f.StringVar(&r.idField, "id-field", "", "JSON Lines field holding the article id (default: id or newid)")
	f.StringVar(&r.datelineField, "dateline-field", "", "JSON Lines field holding a wire dateline kept apart from the text (default: dateline)")
	f.StringVar(&r.published, "published", "", "publication date for articles that state none (YYYY-MM-DD)")
	f.Int64("max-bytes", 10<<20, "largest input file or JSON line accepted, in bytes (env DIPGRAPH_MAX_BYTES)")
}

// options returns the reader options, with the size limit from the configuration.
func (r readFlags) options(maxBytes int64) (ingest.ReadOptions, error) {
	switch r.format {
	case ingest.FormatAuto, ingest.FormatText, ingest.FormatHeader, ingest.FormatJSONL, ingest.FormatJSON, ingest.FormatHTML:
	default:
		return ingest.ReadOptions{}, fmt.Errorf("%w: unknown input format %q: want auto, text, header, jsonl, json or html", errUsage, r.format)
	}
	o := ingest.ReadOptions{
		Format: r.format, TextField: r.textField, TitleField: r.titleField, DateField: r.dateField,
		URLField: r.urlField, IDField: r.idField, DatelineField: r.datelineField, MaxBytes: maxBytes,
	}
	if r.published != "" {
		t, err := timex.ParsePublished(r.published)
		if err != nil {
			return o, fmt.Errorf("%w: --published: %w", errUsage, err)
		}
		o.Published = t
	}
	return o, nil
}

// extractEach reads every article in paths (or stdin for "-"), extracts its
// facts and calls fn with both. Rejected inputs are named on stderr as they are
// met; the returned badInputs counts them.
func (a *app) extractEach(ctx context.Context, paths []string, ro ingest.ReadOptions, fn func(schema.Article, schema.Facts) error) (*badInputs, error) {
	x := extract.New(extract.Options{Logger: a.log})
	bad := &badInputs{app: a}
	err := ingest.Read(ctx, paths, a.stdin, ro, func(art schema.Article) error {
		return fn(art, x.Extract(art))
	}, bad.report)
	return bad, err
}

// badInputs prints each rejected input on stderr as it is found and counts them.
type badInputs struct {
	app *app
	n   int
}

func (b *badInputs) report(err *ingest.InputError) {
	b.n++
	fmt.Fprintf(b.app.stderr, "dipgraph: skipped %s\n", safe(err.Error()))
}

// err returns errInputs when some input was rejected.
func (b *badInputs) err() error {
	if b.n > 0 {
		return fmt.Errorf("%w: %d rejected (named above)", errInputs, b.n)
	}
	return nil
}
