package main

import (
	"fmt"
	"strings"
)

type Record struct {
	Key, Value string
}

func parseLine(line string) Record {
	i := strings.Index(line, "=")
	return Record{Key: line[:i], Value: line[i+1:]}
}

func main() {
	lines := []string{"a=1", "b=two", "c=", "oops"}
	for _, l := range lines {
		r := parseLine(l)
		fmt.Printf("%+v\n", r)
	}
}
