package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

const text = `Go is an open source programming language that makes it simple to build
secure, scalable systems. Concurrency is not parallelism: goroutines are cheap,
and channels let them talk — naïvely or carefully.`

func wrap(words []string, width int) [][]string {
	var lines [][]string
	var cur []string
	n := 0
	for _, w := range words {
		wl := utf8.RuneCountInString(w)
		if len(cur) > 0 && n+1+wl > width {
			lines = append(lines, cur)
			cur, n = nil, 0
		}
		if len(cur) > 0 {
			n++
		}
		cur = append(cur, w)
		n += wl
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	return lines
}

func justify(line []string, width int) string {
	if len(line) == 1 {
		return line[0]
	}
	chars := 0
	for _, w := range line {
		chars += utf8.RuneCountInString(w)
	}
	gaps := len(line) - 1
	spaces := width - chars
	var sb strings.Builder
	for i, w := range line {
		sb.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			sb.WriteString(strings.Repeat(" ", n))
		}
	}
	return sb.String()
}

func main() {
	words := strings.Fields(text)
	fmt.Println(len(words), "words,", utf8.RuneCountInString(text), "runes,", len(text), "bytes")
	const width = 28
	lines := wrap(words, width)
	for i, l := range lines {
		s := strings.Join(l, " ")
		if i < len(lines)-1 {
			s = justify(l, width)
		}
		fmt.Printf("|%-*s|\n", width, s)
	}
	fmt.Println(strings.Repeat("=", width+2))
	for _, l := range wrap(words, 40) {
		s := strings.Join(l, " ")
		pad := (40 - utf8.RuneCountInString(s)) / 2
		fmt.Printf("%s%s\n", strings.Repeat(" ", pad), s)
	}
	fmt.Printf("%q\n", strings.Title("hello world"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == '—' {
			return '-'
		}
		if r > 127 {
			return -1
		}
		return r
	}, "naïve — café"))
}
