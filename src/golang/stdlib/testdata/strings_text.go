package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "Hello, World! Hello, Go!"
	fmt.Println(strings.Contains(s, "Go"), strings.Index(s, "World"), strings.LastIndex(s, "Hello"), strings.Count(s, "l"))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("", ",")), strings.SplitN("a,b,c", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  foo bar\tbaz\n "))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Repeat("ab", 3), strings.Repeat("=", 0) == "")
	fmt.Println(strings.ToUpper("héllo"), strings.ToLower("ÀBC"), strings.Title("hello world"))
	fmt.Printf("%q %q %q\n", strings.TrimSpace("  x y \n"), strings.Trim("xxhixx", "x"), strings.TrimLeft("aab", "a"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"), strings.HasPrefix("go", "g"), strings.HasSuffix("go", "o"))
	fmt.Println(strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("banana", "an", "AN"), strings.Replace("abc", "", "-", -1))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.IndexByte("abc", 'c'), strings.IndexRune("chicken", 'k'))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana"))
	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d-", i)
	}
	b.WriteString("end")
	b.WriteByte('!')
	b.WriteRune('é')
	fmt.Println(b.String(), b.Len())
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>hi</b>"))
	fmt.Println(utf8.RuneCountInString("héllo, 世界"), len("héllo, 世界"), utf8.RuneLen('世'), utf8.ValidString("\xff"))
	for i, r := range "aé世" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	rr, size := utf8.DecodeRuneInString("世界")
	fmt.Println(rr, size, string(rr))
	fmt.Println(unicode.IsLetter('x'), unicode.IsDigit('5'), unicode.IsSpace('\t'), unicode.IsUpper('a'), unicode.IsPunct('!'))
	fmt.Println(strings.ContainsAny("hello", "xyz"), strings.ContainsRune("hello", 'l'), strings.IndexAny("golang", "ln"))
	fmt.Println(strings.SplitAfter("a,b,c", ","), strings.TrimFunc("123abc456", unicode.IsDigit))
}
