package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.lock()
	var wg sync.WaitGroup
	wg.Add()
	fmt.Printf()
	fmt.Println(mu.state)
}
