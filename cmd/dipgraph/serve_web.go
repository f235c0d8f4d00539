package main

import (
	"embed"
	"io/fs"
	"net/http"
)

// web holds the browser view: plain HTML, CSS and JavaScript, no library and
// nothing fetched from elsewhere, so it works offline.
//
//go:embed web
var web embed.FS

// webHandler serves the browser view at /.
func webHandler() http.Handler {
	sub, err := fs.Sub(web, "web")
	if err != nil {
		panic(err) // the directory is embedded above
	}
	return http.FileServerFS(sub)
}
