package main

import "fmt"

func merge(a, b []string) []string {
	out := make([]string, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if a[0] <= b[0] {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}

func sortStrings(s []string) []string {
	if len(s) <= 1 {
		return s
	}
	mid := len(s) / 2
	return merge(sortStrings(s[:mid]), sortStrings(s[mid:]))
}

func main() {
	words := []string{"kiwi", "apple", "fig", "banana", "cherry", "date", "elder", "grape"}
	fmt.Println(sortStrings(words))
	fmt.Println(words)
}
