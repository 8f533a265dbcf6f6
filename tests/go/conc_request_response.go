package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * r.n
	}
	fmt.Println("server exiting")
}

func main() {
	reqs := make(chan request)
	finished := make(chan bool)
	go func() {
		server(reqs)
		finished <- true
	}()
	for i := 1; i <= 4; i++ {
		r := request{i, make(chan int)}
		reqs <- r
		fmt.Println(i, "->", <-r.reply)
	}
	close(reqs)
	<-finished
}
