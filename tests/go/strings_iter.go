package main

import (
	"fmt"
	"strings"
)

func main() {
	for l := range strings.Lines("a\nb\nc") {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	for part := range strings.SplitSeq("x-y-z", "-") {
		fmt.Print(part, ";")
	}
	fmt.Println()
	for f := range strings.FieldsSeq(" p  q ") {
		fmt.Print("[", f, "]")
	}
	fmt.Println()
}
