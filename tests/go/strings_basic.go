package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "Hello, World, Go"
	fmt.Println(strings.Contains(s, "World"), strings.ContainsRune(s, 'G'), strings.ContainsAny(s, "xyz"))
	fmt.Println(strings.Index(s, "o"), strings.LastIndex(s, "o"), strings.IndexByte(s, 'W'), strings.IndexRune(s, 'G'), strings.Index(s, "zz"))
	fmt.Println(strings.HasPrefix(s, "Hell"), strings.HasSuffix(s, "Go"))
	fmt.Printf("%q\n", strings.Split(s, ", "))
	fmt.Printf("%q\n", strings.SplitN(s, ", ", 2))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Fields("  a b\t c\n "))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.ToUpper(s), strings.ToLower(s))
	fmt.Println(strings.Repeat("ab", 3), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Printf("%q %q %q\n", strings.TrimSpace("  x  "), strings.Trim("xxhixx", "x"), strings.TrimLeft("aabca", "a"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.Title("x"), strings.EqualFold("Go", "GO"), strings.Compare("a", "b"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'o' {
			return -1
		}
		return r + 1
	}, "hello"))
	fmt.Println(strings.IndexFunc("abc1", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Println(strings.TrimFunc("123abc456", func(r rune) bool { return r < 'a' }))
	fmt.Println(strings.LastIndexByte("abcabc", 'b'), strings.IndexAny("golang", "nl"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<a>"))
	fmt.Println(strings.ContainsFunc("abc", func(r rune) bool { return r == 'c' }))
	p, ok := strings.CutPrefix("v1.2", "v")
	fmt.Println(p, ok)
}
