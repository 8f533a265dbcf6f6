package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	for i := 0; i < 4; i++ {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing")
	}
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing")
	}
	var nilch chan int
	select {
	case nilch <- 1:
		fmt.Println("impossible")
	case <-nilch:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channels never ready")
	}
}
