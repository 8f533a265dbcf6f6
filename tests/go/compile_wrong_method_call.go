package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "hello"
	fmt.Println(s.ToUpper())
	fmt.Println(strings.ToUpper(s, s))
	var b strings.Builder
	b.WriteString(42)
}
