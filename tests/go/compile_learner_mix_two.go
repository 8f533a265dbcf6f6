package main

import "fmt"

func main() {
	names := []string{"a", "b"}
	for i := 0; i < len(names); i++ {
		name := names[i]
	}
	var m map[string]int
	m.Set("a", 1)
	total := 0
	total += "5"
	ptr := &total
	fmt.Println(*ptr + ptr)
	const pi = 3.14
	pi = 3
	fmt.Printf("%d\n", total)
}
