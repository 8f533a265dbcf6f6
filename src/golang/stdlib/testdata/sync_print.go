package main

import (
	"fmt"
	"sync"
	"time"
)

type C struct {
	mu sync.Mutex
	n  int
}

func main() {
	var c C
	fmt.Printf("%v %+v\n", c, c)
	c.mu.Lock()
	fmt.Printf("%v\n", c)
	var wg sync.WaitGroup
	fmt.Println(wg)
	t := time.NewTimer(time.Second)
	fmt.Println(t.C != nil, time.Second)
	var once sync.Once
	fmt.Println(once)
}
