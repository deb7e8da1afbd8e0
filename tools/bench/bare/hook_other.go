//go:build !(js && wasm)

package main

// installHook does nothing outside the browser.
func installHook(*frameTimes) {}

// markReady does nothing outside the browser.
func markReady() {}
