// Package main does.
//go:build linux
package main
