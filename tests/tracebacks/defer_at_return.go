package main

import "fmt"

func closeAll(names []string) {
	defer func() {
		fmt.Println("closing", len(names))
		if len(names) > 1 {
			panic("too many to close")
		}
	}()
	for _, n := range names {
		fmt.Println(n)
	}
}

func main() {
	closeAll([]string{"a", "b"})
}
