// A buffered channel (capacity 128): N sends, N receives by another goroutine.
package main

const N = 500_000

func main() {
	ch := make(chan int, 128)
	done := make(chan bool)
	go func() {
		for range ch {
		}
		done <- true
	}()
	for i := 0; i < N; i++ {
		ch <- i
	}
	close(ch)
	<-done
}
