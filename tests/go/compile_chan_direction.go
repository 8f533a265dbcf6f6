package main

func producer(out chan<- int) {
	v := <-out
	_ = v
}

func consumer(in <-chan int) {
	in <- 1
	close(in)
}

func main() {
	c := make(chan int)
	producer(c)
	consumer(c)
}
