package main

import (
	"fmt"
	"strings"
)

var v int

const c = 1

func f() {}

var x strings
var a v
var b c
var d f
var e len
var g fmt.Println
var h nil
var i iota

func main() {
	fmt.Println(x, a, b, d, e, g, h, i)
}
