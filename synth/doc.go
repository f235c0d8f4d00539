// Package synth generates realistic synthetic diplomatic facts (people with
// roles and nationalities, countries, cities, meetings, visits, gatherings and
// the articles that state them) for benchmarks and scale tests. The output is
// deterministic for a given seed, and shaped like real coverage: a few actors
// appear in many events, most in few; some events are reported by several
// articles.
package synth
