package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "hello"
	s[0] = 'H'
	b := []byte(s)
	b[0] = "H"
	var r rune = s[1]
	up := strings.ToUpper(b)
	n := strings.Count(s, 'l')
	fmt.Println(s, b, r, up, n)
}
