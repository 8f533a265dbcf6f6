package main

import (
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	ch := make(chan int)
	g.Go(func() error {
		ch <- 1
		return nil
	})
	g.Go(func() error {
		ch <- 2
		return nil
	})
	fmt.Println(<-ch)
	fmt.Println(g.Wait())
}
