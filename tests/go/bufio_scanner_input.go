package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

const data = `name,score
ann,91
bob,78

cy,not-a-number
dee,85
`

type row struct {
	name  string
	score int
}

func readRows(r io.Reader) ([]row, []string) {
	var rows []row
	var problems []string
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if line == 1 || strings.TrimSpace(text) == "" {
			continue
		}
		parts := strings.Split(text, ",")
		var score int
		if _, err := fmt.Sscanf(parts[1], "%d", &score); err != nil {
			problems = append(problems, fmt.Sprintf("line %d: %v", line, err))
			continue
		}
		rows = append(rows, row{parts[0], score})
	}
	return rows, problems
}

func main() {
	rows, problems := readRows(strings.NewReader(data))
	fmt.Println(rows)
	fmt.Println(problems)

	words := bufio.NewScanner(strings.NewReader("  the cat\tsat\non the   mat "))
	words.Split(bufio.ScanWords)
	n := 0
	for words.Scan() {
		n++
		fmt.Printf("%q ", words.Text())
	}
	fmt.Println(n)

	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	fmt.Fprintf(w, "%s:%d\n", "total", len(rows))
	w.WriteString("buffered ")
	fmt.Println("before flush:", buf.Len())
	w.Flush()
	fmt.Printf("after flush: %d %q\n", buf.Len(), buf.String())

	rd := bufio.NewReader(strings.NewReader("first line\nsecond\nno newline"))
	for {
		s, err := rd.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
		if err == io.EOF {
			break
		}
	}
	runes := bufio.NewScanner(strings.NewReader("héj"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Print(runes.Text(), "|")
	}
	fmt.Println()
	b, _ := io.ReadAll(io.LimitReader(strings.NewReader("abcdefgh"), 5))
	fmt.Println(string(b))
}
