package main

import (
	"fmt"
	"strings"
	"unicode"
)

func slugify(s string) string {
	var sb strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			sb.WriteRune(r)
			dash = false
		case !dash && sb.Len() > 0:
			sb.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimRight(sb.String(), "-")
}

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range s {
		if unicode.IsLetter(r) {
			rs = append(rs, unicode.ToLower(r))
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func camelToSnake(s string) string {
	var out []rune
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				out = append(out, '_')
			}
			r = unicode.ToLower(r)
		}
		out = append(out, r)
	}
	return string(out)
}

func main() {
	fmt.Println(slugify("  Hello, World! Go 1.27 — rocks  "))
	for _, s := range []string{"A man, a plan, a canal: Panama", "Go hang a salami", "chanlab", "Ésé"} {
		fmt.Printf("%q palindrome=%v reversed=%q\n", s, isPalindrome(s), reverse(s))
	}
	fmt.Println(camelToSnake("parseHTTPRequestID"), camelToSnake("X"))

	s := "key1=val1; key2 = val2 ;bad; key3="
	for _, kv := range strings.Split(s, ";") {
		k, v, ok := strings.Cut(strings.TrimSpace(kv), "=")
		fmt.Printf("[%s|%s|%v] ", strings.TrimSpace(k), strings.TrimSpace(v), ok)
	}
	fmt.Println()
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.SplitN("a,b,c,d", ",", 2), strings.SplitAfter("a,b,c", ","), len(strings.Split("", ",")))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.Trim("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Printf("%q\n", strings.Fields(" \t\n "))
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<a href=\"x\">Tom & Jerry</a>"))
	fmt.Println(strings.ContainsAny("hello", "xyz"), strings.ContainsAny("hello", "ol"), strings.IndexAny("golang", "nl"), strings.IndexByte("abc", 'c'))
	fmt.Println(strings.ToTitle("ǆemal"), strings.ToUpper("ß straße"), strings.Repeat("ab", 3))
	fmt.Println(strings.Compare("a", "b"), strings.HasSuffix("main.go", ".go"), strings.Index("chicken", "ken"))
	fmt.Println(strings.CutPrefix("v1.2.3", "v"))
	before, after, found := strings.Cut("no separator", ":")
	fmt.Printf("%q %q %v\n", before, after, found)
}
