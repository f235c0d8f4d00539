package ingest

import (
	"fmt"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"

	"github.com/dipgraph/dipgraph/schema"
)

// dateMetas are the <meta> names and properties that carry a publication
// date, in order of preference.
var dateMetas = []string{
	"article:published_time", "og:published_time", "datepublished",
	"publishdate", "pubdate", "date", "dc.date", "dc.date.issued",
	"dcterms.created", "sailthru.date", "parsely-pub-date",
}

// maxHTMLElements is the most elements an HTML page may have. The parsed
// tree takes about 1.3 KB per element (an 8 MB page of a million elements
// took 1.28 GB), so the input size limit alone does not bound memory; at
// 100,000 elements a page takes about 130 MB. News pages have a few thousand.
const maxHTMLElements = 100_000

// countElements counts the start tags of an HTML page with the tokenizer,
// which keeps no tree, and stops once there are more than max: over reports
// that.
func countElements(s string, max int) (n int, over bool) {
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return n, false
		case html.StartTagToken, html.SelfClosingTagToken:
			if n++; n > max {
				return n, true
			}
		}
	}
}

// htmlMeta is the metadata found in an HTML document's tags.
type htmlMeta struct {
	metas    map[string]string // lower-cased meta name/property/itemprop → content
	title    string            // <title>
	time     string            // datetime of the first <time> element
	body     *html.Node
	canonURL string
}

// html reads an HTML page: the main text and title via readability, the
// publication date from readability's metadata, else meta tags, else the
// first <time datetime>.
func (r *reader) html(s string) (schema.Article, error) {
	var a schema.Article
	if n, over := countElements(s, maxHTMLElements); over {
		return a, fmt.Errorf("%w: HTML page with over %d elements (%d read before stopping)", ErrTooLarge, maxHTMLElements, n)
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return a, fmt.Errorf("%w: %w", ErrSyntax, err) // x/net/html prefixes its errors with "html:"
	}
	m := htmlMeta{metas: map[string]string{}}
	m.collect(doc)
	a.URL = first(m.canonURL, m.metas["og:url"])
	var page *url.URL
	if u, err := url.Parse(a.URL); err == nil && u.IsAbs() {
		page = u
	}
	art, rerr := readability.FromDocument(doc, page)
	if rerr == nil && art.Node != nil {
		var b strings.Builder
		if err := art.RenderText(&b); err == nil {
			a.Text = strings.TrimSpace(b.String())
		}
	}
	if a.Text == "" && m.body != nil {
		a.Text = strings.TrimSpace(render.InnerText(m.body))
	}
	if a.Text == "" {
		return a, fmt.Errorf("%w: HTML page has no body text", ErrNoText)
	}
	if rerr == nil {
		a.Title = strings.TrimSpace(art.Title())
		a.Source = art.SiteName()
	}
	a.Title = first(a.Title, m.metas["og:title"], strings.TrimSpace(m.title))
	date, given := "", false
	if rerr == nil {
		if t, err := art.PublishedTime(); err == nil {
			a.Published = t
			return a, nil
		}
	}
	for _, k := range dateMetas {
		if v := m.metas[k]; v != "" {
			date, given = v, true
			break
		}
	}
	if !given && m.time != "" {
		date, given = m.time, true
	}
	if given {
		if t, err := parseDate(date); err == nil {
			a.Published = t
			return a, nil
		}
	}
	a.Published, err = r.published("", false, a.Text)
	return a, err
}

// collect walks the document for meta tags, <title>, <time> and <body>.
func (m *htmlMeta) collect(n *html.Node) {
	if n.Type == html.ElementNode {
		switch n.Data {
		case "meta":
			content := attr(n, "content")
			for _, k := range []string{"property", "name", "itemprop"} {
				if v := strings.ToLower(strings.TrimSpace(attr(n, k))); v != "" && content != "" {
					if _, dup := m.metas[v]; !dup {
						m.metas[v] = strings.TrimSpace(content)
					}
				}
			}
		case "title":
			if m.title == "" && n.FirstChild != nil {
				m.title = n.FirstChild.Data
			}
		case "time":
			if m.time == "" {
				m.time = attr(n, "datetime")
			}
		case "link":
			if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonURL == "" {
				m.canonURL = attr(n, "href")
			}
		case "body":
			m.body = n
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		m.collect(c)
	}
}

// attr returns the value of the attribute key of n, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}
