package main

import (
	"fmt"
	"time"
)

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := range 3 {
			if j == 1 {
				continue outer
			} else if j == 2 {
				break outer
			} else {
				fmt.Println(i, j)
			}
		}
	}
	switch x := 2; x {
	case 1, 2:
		fmt.Println("small")
		fallthrough
	case 3:
	default:
		fmt.Println("big")
	}
	var v interface{} = 1
	switch t := v.(type) {
	case int, string:
		fmt.Println(t)
	case nil:
	}
	ch := make(chan int)
	done := make(chan struct{})
	go func() {
		defer close(done)
		ch <- 1
	}()
	select {
	case x, ok := <-ch:
		fmt.Println(x, ok)
	case <-time.After(time.Second):
	}
	<-done
	for {
		break
	}
	for range 2 {
	}
	i := 0
	i++
	i--
	i += 2
	{
		i := 1
		_ = i
	}
	goto end
end:
	fmt.Println(i)
}
