// The byte-slice functions beside Buffer: searching (Any, Func, Rune variants), Cut and
// its relatives, trimming with nil where Go returns nil, splitting, mapping, and the
// iterator forms (Lines, SplitSeq, FieldsSeq...).
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	s := []byte("  Hello, Wörld! hello  ")
	fmt.Println(bytes.ContainsAny(s, "xyz!"), bytes.ContainsFunc(s, unicode.IsPunct), bytes.IndexAny(s, "ol"), bytes.LastIndexAny(s, "ol"))
	fmt.Println(bytes.IndexFunc(s, unicode.IsUpper), bytes.LastIndexFunc(s, unicode.IsUpper), bytes.IndexRune(s, 'ö'), bytes.LastIndexByte(s, 'l'))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")))
	b, a, f := bytes.Cut(s, []byte(","))
	fmt.Printf("%q %q %v\n", b, a, f)
	b, a, f = bytes.CutLast(s, []byte("l"))
	fmt.Printf("%q %q %v\n", b, a, f)
	b, a, f = bytes.Cut(s, []byte("#"))
	fmt.Printf("%q %q %v %v\n", b, a, f, a == nil)
	x, ok := bytes.CutPrefix(s, []byte("  He"))
	y, ok2 := bytes.CutSuffix(s, []byte("lo  "))
	fmt.Printf("%q %v %q %v\n", x, ok, y, ok2)
	fmt.Printf("%q %q %q\n", bytes.TrimLeft(s, " H"), bytes.TrimRight(s, " o"), bytes.TrimFunc(s, unicode.IsSpace))
	fmt.Printf("%v %v %v\n", bytes.TrimLeft([]byte("aaa"), "a") == nil, bytes.TrimRight([]byte("aaa"), "a") == nil, bytes.TrimFunc([]byte("  "), unicode.IsSpace) == nil)
	fmt.Printf("%q\n", bytes.FieldsFunc(s, unicode.IsPunct))
	fmt.Printf("%q %q %q %v\n", bytes.SplitN(s, []byte("l"), 2), bytes.SplitAfter([]byte("a,b,c"), []byte(",")), bytes.SplitAfterN([]byte("a,b,c"), []byte(","), 2), bytes.SplitN(s, []byte("l"), 0) == nil)
	fmt.Printf("%s %v %s %s\n", bytes.Map(unicode.ToUpper, s), bytes.Runes([]byte("hé")), bytes.Title([]byte("go now")), bytes.ToTitle([]byte("go")))
	fmt.Printf("%q %q\n", bytes.ToValidUTF8([]byte("a\xffb"), []byte("?")), bytes.Replace(s, []byte("l"), []byte("L"), 3))
	for l := range bytes.Lines([]byte("one\ntwo\nthree")) {
		fmt.Printf("%q ", l)
	}
	for p := range bytes.SplitSeq([]byte("a-b-c"), []byte("-")) {
		fmt.Printf("%s ", p)
	}
	for p := range bytes.FieldsSeq([]byte(" x  y z ")) {
		fmt.Printf("[%s]", p)
	}
	for p := range bytes.SplitAfterSeq([]byte("1;2;3"), []byte(";")) {
		fmt.Printf("<%s>", p)
	}
	for p := range bytes.FieldsFuncSeq([]byte("a1b2c"), unicode.IsDigit) {
		fmt.Printf("{%s}", p)
	}
	fmt.Println()
}
