package main

import (
	"fmt"
	"time"
)

func main() {
	n := 3
	fmt.Println(time.Duration(n) * time.Second)
	fmt.Println(2 * time.Second)
	const k = 5
	fmt.Println(k * time.Millisecond)
	secs := 1.5
	fmt.Println(time.Duration(secs * float64(time.Second)))
	fmt.Println(time.Duration(1.5 * float64(time.Second)))
	fmt.Println(time.Second / 3, time.Second % 7)
	fmt.Printf("%T %d\n", time.Minute, time.Minute)
}
