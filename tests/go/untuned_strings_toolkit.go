// A config parser with bufio.Scanner and strings.Cut, Replacer, Map, Split variants, ScanWords.
package main

import (
	"bufio"
	"fmt"
	"strings"
	"unicode"
)

const config = `# server config
name = chanlab
port=8080
  debug = TRUE
motd = "hello, world"
bad line
timeout = 1m30s
`

func main() {
	sc := bufio.NewScanner(strings.NewReader(config))
	settings := map[string]string{}
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		k, v, ok := strings.Cut(text, "=")
		if !ok {
			fmt.Printf("line %d: no '=' in %q\n", line, text)
			continue
		}
		settings[strings.TrimSpace(k)] = strings.Trim(strings.TrimSpace(v), `"`)
	}
	fmt.Println(settings, len(settings))
	fmt.Println(strings.EqualFold(settings["debug"], "true"), strings.Count(config, "="), strings.LastIndex(config, "="))
	r := strings.NewReplacer("hello", "goodbye", ",", ";", "world", "gophers")
	fmt.Println(r.Replace(settings["motd"]))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		if r == ' ' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "Hello Wide World"))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Fields("  lots   of\tspace\n "))
	fmt.Println(strings.Title("old style"), strings.ContainsAny("chanlab", "xyz"), strings.IndexByte("golang", 'l'))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimFunc("123abc456", unicode.IsDigit))
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteByte('!')
	fmt.Println(sb.String(), sb.Len())
	words := bufio.NewScanner(strings.NewReader("one two  three\nfour"))
	words.Split(bufio.ScanWords)
	n := 0
	for words.Scan() {
		n++
		fmt.Print(strings.ToUpper(words.Text()[:1]), words.Text()[1:], " ")
	}
	fmt.Println(n)
	fmt.Println(strings.Compare("a", "b"), strings.Repeat("=-", 5), strings.ToValidUTF8("a\xffb", "?"))
}
