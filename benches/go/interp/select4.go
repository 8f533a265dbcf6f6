// N rounds of a send to one of four buffered channels and a select receiving from all four.
package main

const N = 200_000

func main() {
	var cs [4]chan int
	for i := range cs {
		cs[i] = make(chan int, 1)
	}
	for i := 0; i < N; i++ {
		cs[i%4] <- i
		select {
		case <-cs[0]:
		case <-cs[1]:
		case <-cs[2]:
		case <-cs[3]:
		}
	}
}
