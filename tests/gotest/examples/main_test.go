package main

import (
	"fmt"
	"sync"
	"testing"
)

func TestFirst(t *testing.T) {
	t.Log("tests run before examples")
}

func ExampleSum() {
	fmt.Println(Sum(1, 2, 3))
	// Output: 6
}

func ExampleSum_many() {
	fmt.Println(Sum(1, 2))
	fmt.Println(Sum())
	// Output:
	// 3
	// 0
}

func ExampleSum_wrong() {
	fmt.Println(Sum(2, 2))
	// Output: 5
}

func ExampleSum_goroutines() {
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println(Sum(i, i))
		}()
	}
	wg.Wait()
	// Unordered output:
	// 2
	// 4
	// 6
}

func ExampleSum_noOutput() {
	fmt.Println("compiled, not run")
}
