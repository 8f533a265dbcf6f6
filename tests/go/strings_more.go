package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.Title("hello world"), strings.ToTitle("go"))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3", unicode.IsDigit))
	fmt.Println(strings.LastIndexAny("golang", "go"), strings.IndexByte("abc", 'z'))
	fmt.Println(strings.TrimRight("xxhixx", "x"), strings.TrimLeftFunc("  hi", unicode.IsSpace))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("ǅ", "ǆ"))
	s, found := strings.CutSuffix("file.tar.gz", ".gz")
	fmt.Println(s, found)
	fmt.Println(strings.Count("ababab", "aba"), strings.Index("chicken", "ken"))
	fmt.Println(strings.ToValidUTF8("a\xffb", "?"), strings.Clone("c"))
	fmt.Printf("[%s]\n", strings.Repeat("-", 0))
	r := strings.NewReplacer("a", "1", "aa", "2", "b", "")
	fmt.Println(r.Replace("aaab"))
	fmt.Println(strings.ContainsAny("", ""), strings.Contains("", ""), strings.Index("", ""))
}
