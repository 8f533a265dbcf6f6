package main

import (
	"fmt"
	"strings"
)

type Stats struct {
	values []int
}

func (s Stats) Mean() int {
	total := 0
	for _, v := range s.values {
		total += v
	}
	return total / len(s.values)
}

func summarize(groups map[string][]int) []string {
	var out []string
	for _, name := range []string{"a", "b", "c"} {
		s := Stats{groups[name]}
		out = append(out, fmt.Sprintf("%s:%d", name, s.Mean()))
	}
	return out
}

func main() {
	groups := map[string][]int{
		"a": {1, 2, 3},
		"b": {10, 20},
	}
	defer fmt.Println("deferred in main runs before the crash report")
	fmt.Println(strings.Join(summarize(groups), " "))
}
