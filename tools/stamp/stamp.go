package main

import (
	"bytes"
	"fmt"
	"strconv"
)

// placeholder marks, in index.html, where the download size goes. The
// page reads it as a number and leaves the size off its Play button when
// it is not one, as when index.html is served unstamped.
const placeholder = "__DOWNLOAD_BYTES__"

// stamp returns page with its one placeholder replaced by n in decimal. It
// fails when the page has no placeholder or more than one, so a build
// cannot quietly ship a page without its size or with a size in a place
// nobody meant.
func stamp(page []byte, n int64) ([]byte, error) {
	if c := bytes.Count(page, []byte(placeholder)); c != 1 {
		return nil, fmt.Errorf("want one %s, found %d", placeholder, c)
	}
	return bytes.Replace(page, []byte(placeholder), []byte(strconv.FormatInt(n, 10)), 1), nil
}
