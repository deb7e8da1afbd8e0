package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStamp(t *testing.T) {
	out, err := stamp([]byte(`<button data-download="__DOWNLOAD_BYTES__">`), 2425034)
	require.NoError(t, err)
	assert.Equal(t, `<button data-download="2425034">`, string(out))
}

func TestStampNeedsExactlyOnePlaceholder(t *testing.T) {
	for _, page := range []string{
		`<button data-download="">`,
		`<b>__DOWNLOAD_BYTES__</b><i>__DOWNLOAD_BYTES__</i>`,
	} {
		_, err := stamp([]byte(page), 1)
		assert.Error(t, err, page)
	}
}
