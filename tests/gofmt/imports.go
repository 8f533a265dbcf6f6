//go:build !windows

// Package main checks import sorting.
package main

import (
	"strings"
	"fmt" // printing
	"os"

	b "bytes"
	"errors"
	"errors"
)

import "sort"

var _ = b.NewBuffer
var _ = errors.New

func main() {
	fmt.Println(strings.ToUpper("x"), os.Args[0:0], sort.Ints)
}
