package main

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"unicode/utf8"
)

func main() {
	bad := "a\xffb\xc3"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println(utf8.ValidString(bad), utf8.RuneCountInString(bad), len(bad))
	fmt.Printf("%q %+q %x\n", bad, bad, bad)
	fmt.Println([]rune(bad), string([]rune(bad)) == bad)

	s := "héllo, 世界"
	b := []byte(s)
	n := copy(b, "HE")
	fmt.Println(n, string(b), len(s), utf8.RuneCountInString(s))
	fmt.Println(s[1:3], s[1:2] == "\xc3", strings.ToUpper(s))
	r, size := utf8.DecodeRuneInString(s[1:])
	fmt.Println(string(r), size)
	last, lsize := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(last), lsize)
	fmt.Println(string(rune(0x10FFFF+1)) == "\uFFFD", string(rune(-1)))

	var buf bytes.Buffer
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&buf, "[%d]", i)
	}
	buf.WriteByte('!')
	buf.WriteRune('é')
	fmt.Println(buf.String(), buf.Len())
	line, err := buf.ReadString(']')
	fmt.Printf("%q %v %q\n", line, err, buf.String())
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Contains([]byte("seafood"), []byte("foo")))
	fmt.Println(bytes.ToUpper([]byte("abc")), string(bytes.TrimSpace([]byte("  x  "))))
	fields := bytes.Fields([]byte(" a bb  ccc "))
	fmt.Println(len(fields), string(bytes.Join(fields, []byte("-"))))

	m := map[float64]int{}
	m[math.NaN()] = 1
	m[math.NaN()] = 2
	m[1] = 3
	fmt.Println(len(m), m[math.NaN()], m[1])
	delete(m, math.NaN())
	fmt.Println(len(m))
	clear(m)
	fmt.Println(len(m))

	len := 3
	cap := "shadowed"
	fmt.Println(len, cap)
	x := []int{1, 2, 3}
	y := x[:0]
	for _, v := range x {
		if v != 2 {
			y = append(y, v)
		}
	}
	fmt.Println(x, y)
	var sb strings.Builder
	sb.Grow(64)
	for i := 'a'; i < 'a'+5; i++ {
		sb.WriteRune(i)
	}
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strings.Compare("é", "z"), "é" > "z", 'é' > 'z')
}
