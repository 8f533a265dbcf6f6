// Copyright x.

//go:build linux&&amd64

// Package main.
package main
