package main

import "fmt"

type row struct {
	name  string
	count int
	ratio float64
}

func main() {
	rows := []row{{"alpha", 3, 0.25}, {"beta", 12345, 1.0 / 3}, {"γ", -7, 10}}
	fmt.Printf("%-8s|%6s|%8s\n", "name", "count", "ratio")
	for _, r := range rows {
		fmt.Printf("%-8s|%6d|%8.3f\n", r.name, r.count, r.ratio)
	}
	fmt.Printf("[%*s] [%-*s]\n", 6, "ab", 6, "cd")
	fmt.Printf("[%6v] [%-6v] [%06v]\n", true, 1.5, -3)
	fmt.Printf("[%10v] [%-10v]\n", []int{1, 2}, map[string]int{"a": 1})
	fmt.Printf("[%3v]\n", struct{ A, B int }{1, 2})
	fmt.Printf("[%8q] [%-8q]\n", "a", 'b')
}
