package main

import (
	"fmt"
	"time"
)

func process(items []string) {
	for i := 0; i <= len(items); i++ {
		fmt.Println("item", items[i])
	}
}

func main() {
	go process([]string{"a", "b"})
	time.Sleep(100 * time.Millisecond)
	fmt.Println("unreachable")
}
