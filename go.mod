module outagelab

go 1.26.8

require (
	github.com/go-text/typesetting v0.2.0
	github.com/stretchr/testify v1.12.1
	github.com/tdewolff/font v0.0.0-20250430140153-b654fd8acba3
)

require (
	github.com/andybalholm/brotli v1.1.1 // indirect
	github.com/golang/freetype v0.0.0-20170609003504-e2365dfdc4a0 // indirect
	github.com/tdewolff/parse/v2 v2.7.22 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
	golang.org/x/image v0.26.0 // indirect
	golang.org/x/text v0.24.0 // indirect
)
