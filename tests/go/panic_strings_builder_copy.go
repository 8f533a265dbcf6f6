package main

import (
	"fmt"
	"strings"
)

type report struct {
	title string
	body  strings.Builder
}

func (r report) addLine(s string) {
	r.body.WriteString(s + "\n") // value receiver: copies a non-zero Builder
}

func main() {
	var r report
	r.title = "daily"
	r.body.WriteString("header\n")
	fmt.Print(r.body.String())
	r.addLine("first line")
	fmt.Println("unreachable")
}
