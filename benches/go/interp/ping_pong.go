// Unbuffered ping-pong: N round trips, each two sends and two receives.
package main

const N = 200_000

func main() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v
		}
	}()
	for i := 0; i < N; i++ {
		ping <- i
		<-pong
	}
	close(ping)
}
